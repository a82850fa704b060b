# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        PersonForm.resize(900, 560)
        self.columnsLayout = QHBoxLayout(PersonForm)
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.identityGroup = QGroupBox(PersonForm)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityGroupLayout = QFormLayout(self.identityGroup)
        self.identityGroupLayout.setObjectName(u"identityGroupLayout")
        self.identityGroupLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.identityGroupLayout.setHorizontalSpacing(12)
        self.identityGroupLayout.setVerticalSpacing(6)
        self.givenNamesEditLabel = QLabel(self.identityGroup)
        self.givenNamesEditLabel.setObjectName(u"givenNamesEditLabel")

        self.identityGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenNamesEditLabel)

        self.givenNamesEditBox = QVBoxLayout()
        self.givenNamesEditBox.setSpacing(2)
        self.givenNamesEditBox.setObjectName(u"givenNamesEditBox")
        self.givenNamesEdit = QLineEdit(self.identityGroup)
        self.givenNamesEdit.setObjectName(u"givenNamesEdit")

        self.givenNamesEditBox.addWidget(self.givenNamesEdit)

        self.givenNamesEditError = QLabel(self.identityGroup)
        self.givenNamesEditError.setObjectName(u"givenNamesEditError")
        self.givenNamesEditError.setWordWrap(True)
        self.givenNamesEditError.setProperty(u"role", u"error")

        self.givenNamesEditBox.addWidget(self.givenNamesEditError)


        self.identityGroupLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.givenNamesEditBox)

        self.familyNamesEditLabel = QLabel(self.identityGroup)
        self.familyNamesEditLabel.setObjectName(u"familyNamesEditLabel")

        self.identityGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.familyNamesEditLabel)

        self.familyNamesEditBox = QVBoxLayout()
        self.familyNamesEditBox.setSpacing(2)
        self.familyNamesEditBox.setObjectName(u"familyNamesEditBox")
        self.familyNamesEdit = QLineEdit(self.identityGroup)
        self.familyNamesEdit.setObjectName(u"familyNamesEdit")

        self.familyNamesEditBox.addWidget(self.familyNamesEdit)

        self.familyNamesEditError = QLabel(self.identityGroup)
        self.familyNamesEditError.setObjectName(u"familyNamesEditError")
        self.familyNamesEditError.setWordWrap(True)
        self.familyNamesEditError.setProperty(u"role", u"error")

        self.familyNamesEditBox.addWidget(self.familyNamesEditError)


        self.identityGroupLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.familyNamesEditBox)

        self.documentTypeComboLabel = QLabel(self.identityGroup)
        self.documentTypeComboLabel.setObjectName(u"documentTypeComboLabel")

        self.identityGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.documentTypeComboLabel)

        self.documentTypeComboBox = QVBoxLayout()
        self.documentTypeComboBox.setSpacing(2)
        self.documentTypeComboBox.setObjectName(u"documentTypeComboBox")
        self.documentTypeCombo = QComboBox(self.identityGroup)
        self.documentTypeCombo.setObjectName(u"documentTypeCombo")

        self.documentTypeComboBox.addWidget(self.documentTypeCombo)

        self.documentTypeComboError = QLabel(self.identityGroup)
        self.documentTypeComboError.setObjectName(u"documentTypeComboError")
        self.documentTypeComboError.setWordWrap(True)
        self.documentTypeComboError.setProperty(u"role", u"error")

        self.documentTypeComboBox.addWidget(self.documentTypeComboError)


        self.identityGroupLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.documentTypeComboBox)

        self.documentNumberEditLabel = QLabel(self.identityGroup)
        self.documentNumberEditLabel.setObjectName(u"documentNumberEditLabel")

        self.identityGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.documentNumberEditLabel)

        self.documentNumberEditBox = QVBoxLayout()
        self.documentNumberEditBox.setSpacing(2)
        self.documentNumberEditBox.setObjectName(u"documentNumberEditBox")
        self.documentNumberEdit = QLineEdit(self.identityGroup)
        self.documentNumberEdit.setObjectName(u"documentNumberEdit")

        self.documentNumberEditBox.addWidget(self.documentNumberEdit)

        self.documentNumberEditError = QLabel(self.identityGroup)
        self.documentNumberEditError.setObjectName(u"documentNumberEditError")
        self.documentNumberEditError.setWordWrap(True)
        self.documentNumberEditError.setProperty(u"role", u"error")

        self.documentNumberEditBox.addWidget(self.documentNumberEditError)


        self.identityGroupLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.documentNumberEditBox)

        self.nationalityComboLabel = QLabel(self.identityGroup)
        self.nationalityComboLabel.setObjectName(u"nationalityComboLabel")

        self.identityGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nationalityComboLabel)

        self.nationalityComboBox = QVBoxLayout()
        self.nationalityComboBox.setSpacing(2)
        self.nationalityComboBox.setObjectName(u"nationalityComboBox")
        self.nationalityCombo = QComboBox(self.identityGroup)
        self.nationalityCombo.setObjectName(u"nationalityCombo")
        self.nationalityCombo.setEditable(True)

        self.nationalityComboBox.addWidget(self.nationalityCombo)

        self.nationalityComboError = QLabel(self.identityGroup)
        self.nationalityComboError.setObjectName(u"nationalityComboError")
        self.nationalityComboError.setWordWrap(True)
        self.nationalityComboError.setProperty(u"role", u"error")

        self.nationalityComboBox.addWidget(self.nationalityComboError)


        self.identityGroupLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.nationalityComboBox)

        self.sexComboLabel = QLabel(self.identityGroup)
        self.sexComboLabel.setObjectName(u"sexComboLabel")

        self.identityGroupLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sexComboLabel)

        self.sexComboBox = QVBoxLayout()
        self.sexComboBox.setSpacing(2)
        self.sexComboBox.setObjectName(u"sexComboBox")
        self.sexCombo = QComboBox(self.identityGroup)
        self.sexCombo.setObjectName(u"sexCombo")

        self.sexComboBox.addWidget(self.sexCombo)

        self.sexComboError = QLabel(self.identityGroup)
        self.sexComboError.setObjectName(u"sexComboError")
        self.sexComboError.setWordWrap(True)
        self.sexComboError.setProperty(u"role", u"error")

        self.sexComboBox.addWidget(self.sexComboError)


        self.identityGroupLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.sexComboBox)

        self.birthDateEditLabel = QLabel(self.identityGroup)
        self.birthDateEditLabel.setObjectName(u"birthDateEditLabel")

        self.identityGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.birthDateEditLabel)

        self.birthDateEditBox = QVBoxLayout()
        self.birthDateEditBox.setSpacing(2)
        self.birthDateEditBox.setObjectName(u"birthDateEditBox")
        self.birthDateEdit = QLineEdit(self.identityGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.birthDateEditBox.addWidget(self.birthDateEdit)

        self.birthDateEditError = QLabel(self.identityGroup)
        self.birthDateEditError.setObjectName(u"birthDateEditError")
        self.birthDateEditError.setWordWrap(True)
        self.birthDateEditError.setProperty(u"role", u"error")

        self.birthDateEditBox.addWidget(self.birthDateEditError)


        self.identityGroupLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.birthDateEditBox)

        self.populationGroupComboLabel = QLabel(self.identityGroup)
        self.populationGroupComboLabel.setObjectName(u"populationGroupComboLabel")

        self.identityGroupLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.populationGroupComboLabel)

        self.populationGroupComboBox = QVBoxLayout()
        self.populationGroupComboBox.setSpacing(2)
        self.populationGroupComboBox.setObjectName(u"populationGroupComboBox")
        self.populationGroupCombo = QComboBox(self.identityGroup)
        self.populationGroupCombo.setObjectName(u"populationGroupCombo")

        self.populationGroupComboBox.addWidget(self.populationGroupCombo)

        self.populationGroupComboError = QLabel(self.identityGroup)
        self.populationGroupComboError.setObjectName(u"populationGroupComboError")
        self.populationGroupComboError.setWordWrap(True)
        self.populationGroupComboError.setProperty(u"role", u"error")

        self.populationGroupComboBox.addWidget(self.populationGroupComboError)


        self.identityGroupLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.populationGroupComboBox)

        self.disabilityEditLabel = QLabel(self.identityGroup)
        self.disabilityEditLabel.setObjectName(u"disabilityEditLabel")

        self.identityGroupLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.disabilityEditLabel)

        self.disabilityEditBox = QVBoxLayout()
        self.disabilityEditBox.setSpacing(2)
        self.disabilityEditBox.setObjectName(u"disabilityEditBox")
        self.disabilityEdit = QLineEdit(self.identityGroup)
        self.disabilityEdit.setObjectName(u"disabilityEdit")

        self.disabilityEditBox.addWidget(self.disabilityEdit)

        self.disabilityEditError = QLabel(self.identityGroup)
        self.disabilityEditError.setObjectName(u"disabilityEditError")
        self.disabilityEditError.setWordWrap(True)
        self.disabilityEditError.setProperty(u"role", u"error")

        self.disabilityEditBox.addWidget(self.disabilityEditError)


        self.identityGroupLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.disabilityEditBox)


        self.leftColumn.addWidget(self.identityGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.contactGroup = QGroupBox(PersonForm)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactGroupLayout = QFormLayout(self.contactGroup)
        self.contactGroupLayout.setObjectName(u"contactGroupLayout")
        self.contactGroupLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.contactGroupLayout.setHorizontalSpacing(12)
        self.contactGroupLayout.setVerticalSpacing(6)
        self.phoneEditLabel = QLabel(self.contactGroup)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.contactGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEditBox = QVBoxLayout()
        self.phoneEditBox.setSpacing(2)
        self.phoneEditBox.setObjectName(u"phoneEditBox")
        self.phoneEdit = QLineEdit(self.contactGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneEditBox.addWidget(self.phoneEdit)

        self.phoneEditError = QLabel(self.contactGroup)
        self.phoneEditError.setObjectName(u"phoneEditError")
        self.phoneEditError.setWordWrap(True)
        self.phoneEditError.setProperty(u"role", u"error")

        self.phoneEditBox.addWidget(self.phoneEditError)


        self.contactGroupLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.phoneEditBox)

        self.emailEditLabel = QLabel(self.contactGroup)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.contactGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEditBox = QVBoxLayout()
        self.emailEditBox.setSpacing(2)
        self.emailEditBox.setObjectName(u"emailEditBox")
        self.emailEdit = QLineEdit(self.contactGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.emailEditBox.addWidget(self.emailEdit)

        self.emailEditError = QLabel(self.contactGroup)
        self.emailEditError.setObjectName(u"emailEditError")
        self.emailEditError.setWordWrap(True)
        self.emailEditError.setProperty(u"role", u"error")

        self.emailEditBox.addWidget(self.emailEditError)


        self.contactGroupLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.emailEditBox)

        self.cantonComboLabel = QLabel(self.contactGroup)
        self.cantonComboLabel.setObjectName(u"cantonComboLabel")

        self.contactGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cantonComboLabel)

        self.cantonComboBox = QVBoxLayout()
        self.cantonComboBox.setSpacing(2)
        self.cantonComboBox.setObjectName(u"cantonComboBox")
        self.cantonCombo = QComboBox(self.contactGroup)
        self.cantonCombo.setObjectName(u"cantonCombo")
        self.cantonCombo.setEditable(True)

        self.cantonComboBox.addWidget(self.cantonCombo)

        self.cantonComboError = QLabel(self.contactGroup)
        self.cantonComboError.setObjectName(u"cantonComboError")
        self.cantonComboError.setWordWrap(True)
        self.cantonComboError.setProperty(u"role", u"error")

        self.cantonComboBox.addWidget(self.cantonComboError)


        self.contactGroupLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.cantonComboBox)

        self.educationComboLabel = QLabel(self.contactGroup)
        self.educationComboLabel.setObjectName(u"educationComboLabel")

        self.contactGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.educationComboLabel)

        self.educationComboBox = QVBoxLayout()
        self.educationComboBox.setSpacing(2)
        self.educationComboBox.setObjectName(u"educationComboBox")
        self.educationCombo = QComboBox(self.contactGroup)
        self.educationCombo.setObjectName(u"educationCombo")

        self.educationComboBox.addWidget(self.educationCombo)

        self.educationComboError = QLabel(self.contactGroup)
        self.educationComboError.setObjectName(u"educationComboError")
        self.educationComboError.setWordWrap(True)
        self.educationComboError.setProperty(u"role", u"error")

        self.educationComboBox.addWidget(self.educationComboError)


        self.contactGroupLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.educationComboBox)


        self.rightColumn.addWidget(self.contactGroup)

        self.businessGroup = QGroupBox(PersonForm)
        self.businessGroup.setObjectName(u"businessGroup")
        self.businessGroup.setCheckable(True)
        self.businessGroup.setChecked(False)
        self.businessGroupLayout = QFormLayout(self.businessGroup)
        self.businessGroupLayout.setObjectName(u"businessGroupLayout")
        self.businessGroupLayout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.businessGroupLayout.setHorizontalSpacing(12)
        self.businessGroupLayout.setVerticalSpacing(6)
        self.businessNameEditLabel = QLabel(self.businessGroup)
        self.businessNameEditLabel.setObjectName(u"businessNameEditLabel")

        self.businessGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.businessNameEditLabel)

        self.businessNameEditBox = QVBoxLayout()
        self.businessNameEditBox.setSpacing(2)
        self.businessNameEditBox.setObjectName(u"businessNameEditBox")
        self.businessNameEdit = QLineEdit(self.businessGroup)
        self.businessNameEdit.setObjectName(u"businessNameEdit")

        self.businessNameEditBox.addWidget(self.businessNameEdit)

        self.businessNameEditError = QLabel(self.businessGroup)
        self.businessNameEditError.setObjectName(u"businessNameEditError")
        self.businessNameEditError.setWordWrap(True)
        self.businessNameEditError.setProperty(u"role", u"error")

        self.businessNameEditBox.addWidget(self.businessNameEditError)


        self.businessGroupLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.businessNameEditBox)

        self.sectorComboLabel = QLabel(self.businessGroup)
        self.sectorComboLabel.setObjectName(u"sectorComboLabel")

        self.businessGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectorComboLabel)

        self.sectorComboBox = QVBoxLayout()
        self.sectorComboBox.setSpacing(2)
        self.sectorComboBox.setObjectName(u"sectorComboBox")
        self.sectorCombo = QComboBox(self.businessGroup)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.sectorComboBox.addWidget(self.sectorCombo)

        self.sectorComboError = QLabel(self.businessGroup)
        self.sectorComboError.setObjectName(u"sectorComboError")
        self.sectorComboError.setWordWrap(True)
        self.sectorComboError.setProperty(u"role", u"error")

        self.sectorComboBox.addWidget(self.sectorComboError)


        self.businessGroupLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.sectorComboBox)

        self.stageComboLabel = QLabel(self.businessGroup)
        self.stageComboLabel.setObjectName(u"stageComboLabel")

        self.businessGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stageComboLabel)

        self.stageComboBox = QVBoxLayout()
        self.stageComboBox.setSpacing(2)
        self.stageComboBox.setObjectName(u"stageComboBox")
        self.stageCombo = QComboBox(self.businessGroup)
        self.stageCombo.setObjectName(u"stageCombo")

        self.stageComboBox.addWidget(self.stageCombo)

        self.stageComboError = QLabel(self.businessGroup)
        self.stageComboError.setObjectName(u"stageComboError")
        self.stageComboError.setWordWrap(True)
        self.stageComboError.setProperty(u"role", u"error")

        self.stageComboBox.addWidget(self.stageComboError)


        self.businessGroupLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.stageComboBox)

        self.descriptionEditLabel = QLabel(self.businessGroup)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.businessGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEditBox = QVBoxLayout()
        self.descriptionEditBox.setSpacing(2)
        self.descriptionEditBox.setObjectName(u"descriptionEditBox")
        self.descriptionEdit = QLineEdit(self.businessGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.descriptionEditBox.addWidget(self.descriptionEdit)

        self.descriptionEditError = QLabel(self.businessGroup)
        self.descriptionEditError.setObjectName(u"descriptionEditError")
        self.descriptionEditError.setWordWrap(True)
        self.descriptionEditError.setProperty(u"role", u"error")

        self.descriptionEditBox.addWidget(self.descriptionEditError)


        self.businessGroupLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.descriptionEditBox)


        self.rightColumn.addWidget(self.businessGroup)

        self.consentGroup = QGroupBox(PersonForm)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentLayout = QVBoxLayout(self.consentGroup)
        self.consentLayout.setObjectName(u"consentLayout")
        self.purposeRegistration = QCheckBox(self.consentGroup)
        self.purposeRegistration.setObjectName(u"purposeRegistration")
        self.purposeRegistration.setChecked(True)

        self.consentLayout.addWidget(self.purposeRegistration)

        self.purposeStatistics = QCheckBox(self.consentGroup)
        self.purposeStatistics.setObjectName(u"purposeStatistics")

        self.consentLayout.addWidget(self.purposeStatistics)

        self.purposeContact = QCheckBox(self.consentGroup)
        self.purposeContact.setObjectName(u"purposeContact")

        self.consentLayout.addWidget(self.purposeContact)

        self.consentError = QLabel(self.consentGroup)
        self.consentError.setObjectName(u"consentError")
        self.consentError.setWordWrap(True)
        self.consentError.setProperty(u"role", u"error")

        self.consentLayout.addWidget(self.consentError)

        self.consentTextButton = QPushButton(self.consentGroup)
        self.consentTextButton.setObjectName(u"consentTextButton")

        self.consentLayout.addWidget(self.consentTextButton)


        self.rightColumn.addWidget(self.consentGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightColumn)

#if QT_CONFIG(shortcut)
        self.givenNamesEditLabel.setBuddy(self.givenNamesEdit)
        self.familyNamesEditLabel.setBuddy(self.familyNamesEdit)
        self.documentTypeComboLabel.setBuddy(self.documentTypeCombo)
        self.documentNumberEditLabel.setBuddy(self.documentNumberEdit)
        self.nationalityComboLabel.setBuddy(self.nationalityCombo)
        self.sexComboLabel.setBuddy(self.sexCombo)
        self.birthDateEditLabel.setBuddy(self.birthDateEdit)
        self.populationGroupComboLabel.setBuddy(self.populationGroupCombo)
        self.disabilityEditLabel.setBuddy(self.disabilityEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.cantonComboLabel.setBuddy(self.cantonCombo)
        self.educationComboLabel.setBuddy(self.educationCombo)
        self.businessNameEditLabel.setBuddy(self.businessNameEdit)
        self.sectorComboLabel.setBuddy(self.sectorCombo)
        self.stageComboLabel.setBuddy(self.stageCombo)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonForm)

        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
        PersonForm.setWindowTitle(QCoreApplication.translate("PersonForm", u"Person", None))
        self.identityGroup.setTitle(QCoreApplication.translate("PersonForm", u"Identity", None))
        self.givenNamesEditLabel.setText(QCoreApplication.translate("PersonForm", u"&Given names:", None))
        self.familyNamesEditLabel.setText(QCoreApplication.translate("PersonForm", u"&Family names:", None))
        self.documentTypeComboLabel.setText(QCoreApplication.translate("PersonForm", u"&Document type:", None))
        self.documentNumberEditLabel.setText(QCoreApplication.translate("PersonForm", u"Document &number:", None))
        self.nationalityComboLabel.setText(QCoreApplication.translate("PersonForm", u"N&ationality:", None))
        self.sexComboLabel.setText(QCoreApplication.translate("PersonForm", u"&Sex:", None))
        self.birthDateEditLabel.setText(QCoreApplication.translate("PersonForm", u"&Birth date:", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"dd/mm/yyyy", None))
        self.populationGroupComboLabel.setText(QCoreApplication.translate("PersonForm", u"&Population group:", None))
        self.disabilityEditLabel.setText(QCoreApplication.translate("PersonForm", u"Disa&bility:", None))
        self.disabilityEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"Optional, only if the person wants to say", None))
        self.contactGroup.setTitle(QCoreApplication.translate("PersonForm", u"Contact and residence", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("PersonForm", u"&Phone:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"0991234567", None))
        self.emailEditLabel.setText(QCoreApplication.translate("PersonForm", u"&E-mail:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"Optional", None))
        self.cantonComboLabel.setText(QCoreApplication.translate("PersonForm", u"&Canton:", None))
        self.educationComboLabel.setText(QCoreApplication.translate("PersonForm", u"Ed&ucation:", None))
        self.businessGroup.setTitle(QCoreApplication.translate("PersonForm", u"Entrepreneur profile", None))
        self.businessNameEditLabel.setText(QCoreApplication.translate("PersonForm", u"B&usiness name:", None))
        self.sectorComboLabel.setText(QCoreApplication.translate("PersonForm", u"Sec&tor (CIIU):", None))
        self.stageComboLabel.setText(QCoreApplication.translate("PersonForm", u"Sta&ge:", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("PersonForm", u"Descr&iption:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"What the business does, in a few words", None))
        self.consentGroup.setTitle(QCoreApplication.translate("PersonForm", u"Consent (read the text to the person)", None))
        self.purposeRegistration.setText(QCoreApplication.translate("PersonForm", u"Registration and services (required)", None))
        self.purposeStatistics.setText(QCoreApplication.translate("PersonForm", u"Statistics for the municipality, without name or document", None))
        self.purposeContact.setText(QCoreApplication.translate("PersonForm", u"Contact about jobs and activities", None))
        self.consentTextButton.setText(QCoreApplication.translate("PersonForm", u"Show the consent &text\u2026", None))
    # retranslateUi


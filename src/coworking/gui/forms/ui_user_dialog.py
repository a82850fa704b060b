# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(UserDialog)
        self.mainLayout.setSpacing(14)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 24, 28, 20)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.logoLabel = QLabel(UserDialog)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(48, 48))
        self.logoLabel.setMaximumSize(QSize(48, 48))

        self.headerLayout.addWidget(self.logoLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(4)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(UserDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.titleLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(UserDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"subtitle")

        self.titleLayout.addWidget(self.introLabel)


        self.headerLayout.addLayout(self.titleLayout)


        self.mainLayout.addLayout(self.headerLayout)

        self.userForm = QFormLayout()
        self.userForm.setObjectName(u"userForm")
        self.userForm.setHorizontalSpacing(12)
        self.userForm.setVerticalSpacing(10)
        self.userForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.usernameLabel = QLabel(UserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.userForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameBox = QVBoxLayout()
        self.usernameBox.setSpacing(3)
        self.usernameBox.setObjectName(u"usernameBox")
        self.usernameEdit = QLineEdit(UserDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(60)

        self.usernameBox.addWidget(self.usernameEdit)

        self.usernameError = QLabel(UserDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)
        self.usernameError.setVisible(False)
        self.usernameError.setProperty(u"role", u"error")

        self.usernameBox.addWidget(self.usernameError)


        self.userForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.usernameBox)

        self.fullNameLabel = QLabel(UserDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.userForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameBox = QVBoxLayout()
        self.fullNameBox.setSpacing(3)
        self.fullNameBox.setObjectName(u"fullNameBox")
        self.fullNameEdit = QLineEdit(UserDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(120)

        self.fullNameBox.addWidget(self.fullNameEdit)

        self.fullNameError = QLabel(UserDialog)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setWordWrap(True)
        self.fullNameError.setVisible(False)
        self.fullNameError.setProperty(u"role", u"error")

        self.fullNameBox.addWidget(self.fullNameError)


        self.userForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fullNameBox)

        self.roleLabel = QLabel(UserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.userForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleBox = QVBoxLayout()
        self.roleBox.setSpacing(3)
        self.roleBox.setObjectName(u"roleBox")
        self.roleCombo = QComboBox(UserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.roleBox.addWidget(self.roleCombo)

        self.roleError = QLabel(UserDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setWordWrap(True)
        self.roleError.setVisible(False)
        self.roleError.setProperty(u"role", u"error")

        self.roleBox.addWidget(self.roleError)


        self.userForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.roleBox)

        self.passwordLabel = QLabel(UserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.userForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordBox = QVBoxLayout()
        self.passwordBox.setSpacing(3)
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordEdit = QLineEdit(UserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordBox.addWidget(self.passwordEdit)

        self.passwordError = QLabel(UserDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setVisible(False)
        self.passwordError.setProperty(u"role", u"error")

        self.passwordBox.addWidget(self.passwordError)


        self.userForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.passwordBox)

        self.confirmLabel = QLabel(UserDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.userForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmBox = QVBoxLayout()
        self.confirmBox.setSpacing(3)
        self.confirmBox.setObjectName(u"confirmBox")
        self.confirmEdit = QLineEdit(UserDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.confirmBox.addWidget(self.confirmEdit)

        self.confirmError = QLabel(UserDialog)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setWordWrap(True)
        self.confirmError.setVisible(False)
        self.confirmError.setProperty(u"role", u"error")

        self.confirmBox.addWidget(self.confirmError)


        self.userForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.confirmBox)


        self.mainLayout.addLayout(self.userForm)

        self.generalError = QLabel(UserDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)
        self.generalError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.generalError)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(UserDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.createButton = QPushButton(UserDialog)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.createButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.createButton)
        QWidget.setTabOrder(self.createButton, self.cancelButton)

        self.retranslateUi(UserDialog)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"New staff account", None))
        self.titleLabel.setText(QCoreApplication.translate("UserDialog", u"New staff account", None))
        self.introLabel.setText(QCoreApplication.translate("UserDialog", u"The person signs in with this username and password. Give them the password in person, never by message.", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserDialog", u"&Username:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"e.g. ana.perez", None))
        self.fullNameLabel.setText(QCoreApplication.translate("UserDialog", u"Full na&me:", None))
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"&Role:", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"&Password:", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"At least 8 characters", None))
        self.confirmLabel.setText(QCoreApplication.translate("UserDialog", u"C&onfirm password:", None))
        self.cancelButton.setText(QCoreApplication.translate("UserDialog", u"Cancel", None))
        self.createButton.setText(QCoreApplication.translate("UserDialog", u"C&reate account", None))
    # retranslateUi

